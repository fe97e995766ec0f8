package io.rightline.distribution.custody;

import io.rightline.distribution.database.DatabaseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Resolves the key-encryption key once at start. */
@Configuration(proxyBeanMethods = false)
class CustodyConfiguration {
    @Bean
    KeyEncryptionKey keyEncryptionKey(
            @Value("${rightline.custody.key:}") String configuredKey, DatabaseProperties properties) {
        return KeyEncryptionKey.resolve(configuredKey, properties.dataDir());
    }
}
