package cn.xinfang.petition.shared.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Deployment settings: a system property ({@code petition.x.y}) or the environment variable
 * ({@code PETITION_X_Y}), the property winning. Documented in the README.
 */
@ApplicationScoped
public class Settings {

    public Optional<String> get(String key) {
        String v = System.getProperty(key);
        if (v == null || v.isBlank()) {
            v = System.getenv(key.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    public boolean flag(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    public int integer(String key, int defaultValue) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                return defaultValue;
            }
        }).orElse(defaultValue);
    }
}
