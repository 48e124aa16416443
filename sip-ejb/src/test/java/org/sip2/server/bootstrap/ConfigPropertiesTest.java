package org.sip2.server.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * MicroProfile Config treats an empty default as no value and fails the deployment: a setting that
 * may be unset must be an Optional (the first ./run.sh, without SIP_ADMIN_PASSWORD, depends on it).
 */
class ConfigPropertiesTest {

    @Test
    void noSettingHasAnEmptyDefault() {
        for (Field field : DatabaseSetup.class.getDeclaredFields()) {
            ConfigProperty property = field.getAnnotation(ConfigProperty.class);
            if (property != null) {
                assertFalse(
                        property.defaultValue().isEmpty() && !Optional.class.equals(field.getType()),
                        property.name() + " has an empty default: make it an Optional");
            }
        }
    }

    @Test
    void theAdminPasswordMayBeUnset() throws NoSuchFieldException {
        assertEquals(
                Optional.class,
                DatabaseSetup.class.getDeclaredField("adminPassword").getType());
    }
}
