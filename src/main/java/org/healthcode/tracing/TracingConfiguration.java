package org.healthcode.tracing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TracingProperties.class, RiskAreaProperties.class })
class TracingConfiguration {

}
