package org.healthcode.checkin;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ CheckInProperties.class, FrameProperties.class })
class CheckInConfiguration {

}
