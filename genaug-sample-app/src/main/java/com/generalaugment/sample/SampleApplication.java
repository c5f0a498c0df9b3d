package com.generalaugment.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A mobile app's backend on General Augment: the app signs in here, and this backend — never the
 * app — holds the platform key. Runs on the embedded mock unless {@code GENAUG_API_KEY} is set.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
