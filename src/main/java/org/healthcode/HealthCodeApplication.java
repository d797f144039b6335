package org.healthcode;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HealthCodeApplication {

	public static void main(String[] args) {
		SpringApplication.run(HealthCodeApplication.class, args);
	}

}
