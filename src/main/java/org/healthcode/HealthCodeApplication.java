package org.healthcode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

// accounts live in the account module; no generated in-memory user with a logged password
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class HealthCodeApplication {

	public static void main(String[] args) {
		SpringApplication.run(HealthCodeApplication.class, args);
	}

}
