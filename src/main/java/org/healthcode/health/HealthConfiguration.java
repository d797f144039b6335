package org.healthcode.health;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ HealthProperties.class, AdviceProperties.class })
class HealthConfiguration {

	@Bean
	TransitionRules transitionRules(HealthProperties properties) {
		return new TransitionRules(properties);
	}

}
