package org.sip2.server.screen;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** At start-up, installs the library's screen message texts named by {@code sip.screen.messages}, if any. */
@Singleton
@Startup
public class ScreenMessageSetup {

    private static final Logger LOG = Logger.getLogger(ScreenMessageSetup.class.getName());

    @Inject
    @ConfigProperty(name = "sip.screen.messages")
    Optional<String> libraryTexts;

    @PostConstruct
    void install() {
        Optional<Path> file =
                libraryTexts.map(String::strip).filter(path -> !path.isEmpty()).map(Path::of);
        ScreenMessages.use(ScreenMessages.load(file.orElse(null)));
        file.ifPresent(path -> LOG.info("Screen messages: the built-in texts, with those of " + path.toAbsolutePath()));
    }
}
