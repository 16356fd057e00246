package org.claimtracker.common;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills the created/updated columns of every editable row. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class AuditingConfiguration {

	@Bean
	AuditorAware<String> auditorAware() {
		return () -> Optional.of(CurrentEditor.name());
	}

}
