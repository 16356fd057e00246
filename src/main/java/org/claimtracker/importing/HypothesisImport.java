package org.claimtracker.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.claimtracker.quote.QuoteSelectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports annotations that Hypothesis users or groups made of articles already in
 * ClaimTracker: each row is matched to an article by its address
 * ({@link ArticleAddress}), its TextQuoteSelector placed again in the article's stored
 * text ({@link QuoteSelectors}: exact words in their context, else with other quote marks
 * and spaces, else alike words near its position), and kept as a proposed quote in the
 * article's review queue, with its note and tags. Every row not taken is reported with
 * its reason; a row imported before is counted, never proposed twice.
 */
@Service
public class HypothesisImport {

	private final JdbcClient jdbc;

	private final ReviewQueue queue;

	HypothesisImport(JdbcClient jdbc, ReviewQueue queue) {
		this.jdbc = jdbc;
		this.queue = queue;
	}

	/** Raised when the file is not a Hypothesis export; nothing is imported. */
	public static final class NotAnExportException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotAnExportException(String message) {
			super(message);
		}

	}

	private record Article(long id, String title, String body) {

	}

	/** Imports the export's rows for the editor named {@code editor}. */
	@Transactional
	public HypothesisReport importExport(String json, String editor) {
		List<HypothesisExport.Row> rows;
		try {
			rows = HypothesisExport.read(json);
		}
		catch (HypothesisExport.NotAnExportException ex) {
			throw new NotAnExportException(ex.getMessage());
		}
		Map<String, Article> articles = articles(rows);
		List<HypothesisReport.Proposed> proposed = new ArrayList<>();
		List<HypothesisReport.Problem> problems = new ArrayList<>();
		Map<Long, Integer> added = new LinkedHashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		int before = 0;
		for (HypothesisExport.Row row : rows) {
			String problem = problem(row, seen);
			if (problem != null) {
				problems.add(new HypothesisReport.Problem(row.id(), row.uri(), problem));
				continue;
			}
			HypothesisExport.Selector selector = row.selector();
			Article article = articles.get(ArticleAddress.key(row.uri()));
			if (article == null) {
				problems.add(new HypothesisReport.Problem(row.id(), row.uri(),
						"no article in ClaimTracker has this address"));
				continue;
			}
			Integer near = (selector.start() == null) ? null : QuoteSelectors.index(article.body(), selector.start());
			QuoteSelectors.Found found = QuoteSelectors.find(article.body(), selector.exact(), selector.prefix(),
					selector.suffix(), (near == null || near < 0) ? null : near);
			if (found == null) {
				problems.add(new HypothesisReport.Problem(row.id(), row.uri(),
						"the annotated words are not in the article's text: “" + Text.shortened(selector.exact())
								+ "”"));
				continue;
			}
			if (!save(row, article, found, editor)) {
				before++;
				continue;
			}
			added.merge(article.id(), 1, Integer::sum);
			proposed.add(new HypothesisReport.Proposed(row.id(), row.uri(), article.id(), article.title(),
					found.anchor().getStart(), found.anchor().getEnd(), found.anchor().getExact(),
					found.how().name().toLowerCase(Locale.ROOT)));
		}
		added.forEach(this.queue::added);
		return new HypothesisReport(rows.size(), List.copyOf(proposed), before, List.copyOf(problems));
	}

	/** The annotations imported into the article, in the order of the text. */
	@Transactional(readOnly = true)
	public List<ImportedAnnotation> importedInto(long articleId) {
		return this.jdbc.sql("""
				select id, external_id, anchor_start, anchor_end, exact, prefix, suffix, note, tags, annotator
				from imported_annotation where article_id = ? order by anchor_start, id""")
			.param(articleId)
			.query((rs, n) -> new ImportedAnnotation(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					List.of((String[]) rs.getArray(9).getArray()), rs.getString(10)))
			.list();
	}

	/** Why a row cannot be placed whatever the articles say; null if it may be. */
	private static @Nullable String problem(HypothesisExport.Row row, Set<String> seen) {
		if (row.id().isBlank()) {
			return "the annotation has no id";
		}
		if (!seen.add(row.id())) {
			return "the annotation is in the file twice";
		}
		if (row.reply()) {
			return "a reply to another annotation, not an annotation of the article's words";
		}
		if (row.selector() == null) {
			return "no TextQuoteSelector: a page note, or an annotation of no words of the article";
		}
		if (ArticleAddress.key(row.uri()) == null) {
			return "the address is not a web page's (http or https)";
		}
		return null;
	}

	/** The articles the rows' addresses name, by the key of their address. */
	private Map<String, Article> articles(List<HypothesisExport.Row> rows) {
		Set<String> places = new LinkedHashSet<>();
		for (HypothesisExport.Row row : rows) {
			String key = ArticleAddress.key(row.uri());
			if (key != null) {
				places.add(ArticleAddress.hostAndPath(key));
			}
		}
		Map<String, Article> byKey = new HashMap<>();
		if (places.isEmpty()) {
			return byKey;
		}
		// host and path compared in the database, the whole key here
		this.jdbc
			.sql("""
					select id, title, body, url from article
					where rtrim(lower(split_part(split_part(regexp_replace(url, '^[A-Za-z]+://', ''), '#', 1), '?', 1)), '/')
					  = any(?)""")
			.param(places.stream().map((p) -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new))
			.query((java.sql.ResultSet rs) -> {
				String key = ArticleAddress.key(rs.getString(4));
				if (key != null) {
					byKey.putIfAbsent(key, new Article(rs.getLong(1), rs.getString(2), rs.getString(3)));
				}
			});
		return byKey;
	}

	/** Keeps the annotation as proposed; false if it was imported before. */
	private boolean save(HypothesisExport.Row row, Article article, QuoteSelectors.Found found, String editor) {
		return this.jdbc.sql("""
				insert into imported_annotation (article_id, source, external_id, uri, annotator, group_id,
				  anchor_start, anchor_end, exact, prefix, suffix, note, tags, imported_by)
				values (?, 'HYPOTHESIS', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (source, external_id) do nothing""")
			.params(article.id(), row.id(), row.uri(), row.user(), row.group(), found.anchor().getStart(),
					found.anchor().getEnd(), found.anchor().getExact(), found.anchor().getPrefix(),
					found.anchor().getSuffix(), row.text(), row.tags().toArray(String[]::new), editor)
			.update() == 1;
	}

}
