package io.rightline.distribution;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Entry point of the distribution server.
 *
 * <p>With no configuration it runs on embedded defaults: PostgreSQL under {@code ./.data}, HTTP on
 * 127.0.0.1:8080. See {@code distribution/README.md}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DistributionApplication {
    /** Starts the server. */
    public static void main(String[] args) {
        SpringApplication.run(DistributionApplication.class, args);
    }

    /** The one clock the server reads time from. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
