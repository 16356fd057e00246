package org.claimtracker.search;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.claimtracker.claim.RatingScale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The app's search service on a plain DataSource: the same SQL, without HTTP, MVC or
 * templates.
 */
public final class DirectSearch {

	private DirectSearch() {
	}

	public static SearchService over(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new SearchService(new QuoteSearch(jdbc), new HitDetails(jdbc),
				new SearchNames(new NamedParameterJdbcTemplate(jdbc)), new RatingScale(RatingScale.DEFAULT),
				new SimpleMeterRegistry());
	}

}
