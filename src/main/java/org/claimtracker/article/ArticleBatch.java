package org.claimtracker.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimtracker.common.BulkRevision;
import org.claimtracker.common.CurrentEditor;
import org.claimtracker.common.FindOrAdd;
import org.claimtracker.common.Publication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles added many at a time, as an import's chunk adds them: a few statements for the
 * whole chunk rather than a few for each article. Each article has its first body
 * revision and its row in history, as one added through the form has; the outlets they
 * name are found in any case, and added when new.
 */
@Service
public class ArticleBatch {

	private final JdbcClient jdbc;

	ArticleBatch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An article already held: its id, version and body. */
	public record Held(long id, int version, String body) {

	}

	/** The articles at these addresses, by address. */
	@Transactional(readOnly = true)
	public Map<String, Held> held(Collection<String> urls) {
		Map<String, Held> held = new HashMap<>();
		this.jdbc.sql("select id, version, body, url from article where url = any(?)")
			.param(urls.toArray(String[]::new))
			.query((rs) -> {
				held.put(rs.getString(4), new Held(rs.getLong(1), rs.getInt(2), rs.getString(3)));
			});
		return held;
	}

	/**
	 * Adds the articles, none of whose addresses is held yet, in that state; answers
	 * their ids by address.
	 */
	@Transactional
	public Map<String, Long> add(List<NewArticle> articles, Publication status) {
		if (articles.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> outlets = outlets(articles.stream().map(NewArticle::outlet).toList());
		String author = CurrentEditor.name();
		Map<String, Long> ids = new LinkedHashMap<>();
		this.jdbc.sql("""
				insert into article (outlet_id, title, byline, published_on, url, body, status, created_by, updated_by)
				select outlet_id, title, byline, published_on, url, body, :status, :author, :author
				from unnest(:outlets::bigint[], :titles::text[], :bylines::text[], :dates::date[], :urls::text[],
				            :bodies::text[]) as t(outlet_id, title, byline, published_on, url, body)
				returning id, url""")
			.param("status", status.name())
			.param("author", author)
			.param("outlets", articles.stream().map((a) -> outlets.get(a.outlet())).toArray(Long[]::new))
			.param("titles", articles.stream().map(NewArticle::title).toArray(String[]::new))
			.param("bylines", articles.stream().map(NewArticle::byline).toArray(String[]::new))
			.param("dates", articles.stream().map((a) -> a.publishedOn().toString()).toArray(String[]::new))
			.param("urls", articles.stream().map(NewArticle::url).toArray(String[]::new))
			.param("bodies", articles.stream().map(NewArticle::body).toArray(String[]::new))
			.query((rs) -> {
				ids.put(rs.getString(2), rs.getLong(1));
			});
		Long[] added = ids.values().toArray(Long[]::new);
		this.jdbc.sql("""
				insert into article_revision (article_id, revision, body, created_by)
				select id, body_revision, body, ? from article where id = any(?)""").params(author, added).update();
		this.jdbc.sql("""
				insert into article_history (id, rev, revtype, outlet_id, title, byline, published_on, url, body,
				  body_revision, status)
				select id, ?, 0, outlet_id, title, byline, published_on, url, body, body_revision, status
				from article where id = any(?)""").params(BulkRevision.open(this.jdbc), added).update();
		return ids;
	}

	/** The outlets of these names, added when new, by the names as given. */
	private Map<String, Long> outlets(List<String> names) {
		return FindOrAdd.byName(names, this::outletIds,
				(missing) -> this.jdbc.sql("""
						insert into outlet (name, status, created_by, updated_by)
						select name, 'PUBLISHED', :author, :author from unnest(:names::text[]) as t(name)
						on conflict (name) do nothing""")
					.param("author", CurrentEditor.name())
					.param("names", missing.toArray(String[]::new))
					.update());
	}

	private Map<String, Long> outletIds(Collection<String> keys) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select lower(name), min(id) from outlet where lower(name) = any(?) group by lower(name)")
			.param(keys.toArray(String[]::new))
			.query((rs) -> {
				ids.put(rs.getString(1), rs.getLong(2));
			});
		return ids;
	}

}
