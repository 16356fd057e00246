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

	private final Resource followUps;

	private final boolean withFollowUps;

	DemoDataRunner(DemoDataLoader loader, JsonMapper json,
			@Value("${claimtracker.demo-data.annotations:classpath:demo/annotations.json}") Resource annotations,
			@Value("${claimtracker.demo-data.follow-ups.file:classpath:demo/follow-ups.json}") Resource followUps,
			@Value("${claimtracker.demo-data.follow-ups.enabled:true}") boolean withFollowUps) {
		this.loader = loader;
		this.json = json;
		this.annotations = annotations;
		this.followUps = followUps;
		this.withFollowUps = withFollowUps;
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
		if (this.withFollowUps) {
			int loaded = this.loader.loadFollowUps(DemoFollowUps.read(this.json, this.followUps));
			if (loaded > 0) {
				logger.info("Loaded the demo data set's follow-ups: " + loaded + " articles");
			}
		}
	}

}
