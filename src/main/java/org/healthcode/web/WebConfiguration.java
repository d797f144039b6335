package org.healthcode.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WebProperties.class, RateLimitProperties.class })
class WebConfiguration {

}
