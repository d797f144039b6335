package org.healthcode.support;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ KeyProperties.class, HealthCodeProperties.class })
class KeyConfiguration {

	@Bean
	KeyRing keyRing(KeyProperties keys, HealthCodeProperties platform) {
		return new KeyRing(keys, platform);
	}

	@Bean
	Ed25519Signatures ed25519Signatures(KeyRing keyRing) {
		return new Ed25519Signatures(keyRing);
	}

}
