package org.claimtracker.demo;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo data set on start when {@code claimtracker.demo-data.enabled=true}, as
 * the {@code demo} profile sets it.
 */
@Component
@ConditionalOnBooleanProperty("claimtracker.demo-data.enabled")
class DemoDataRunner implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(DemoDataRunner.class);

	private final DemoDataLoader loader;

	private final JsonMapper json;

	private final Resource annotations;

	DemoDataRunner(DemoDataLoader loader, JsonMapper json,
			@Value("${claimtracker.demo-data.annotations:classpath:demo/annotations.json}") Resource annotations) {
		this.loader = loader;
		this.json = json;
		this.annotations = annotations;
	}

	@Override
	public void run(ApplicationArguments args) {
		DemoData data = DemoData.read(this.json, this.annotations);
		if (this.loader.load(data)) {
			logger.info("Loaded the demo data set: " + data.quotes().size() + " quotes, " + data.claims().size()
					+ " claims, " + data.evidence().size() + " evidence links");
		}
		else {
			logger.info("Demo data set already present; nothing loaded");
		}
	}

}
