package org.claimtracker.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A piece of SQL with the values of the named parameters it holds. The search's
 * statements are put together from such pieces, each bringing its own values, so that no
 * value is ever written into SQL text and no statement is made by editing another's.
 */
record SqlFragment(String sql, Map<String, @Nullable Object> parameters) {

	/** How conditions are joined: one to a line, as the planner's output shows them. */
	private static final String AND = "\n   and ";

	SqlFragment {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** Fixed SQL, without parameters. */
	static SqlFragment of(String sql) {
		return new SqlFragment(sql, Map.of());
	}

	/** SQL with one named parameter, {@code :name}, and its value. */
	static SqlFragment of(String sql, String name, @Nullable Object value) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		parameters.put(name, value);
		return new SqlFragment(sql, parameters);
	}

	/**
	 * Pieces one after the other: each part is fixed SQL (a {@link String}) or a
	 * fragment, whose parameters come along.
	 */
	static SqlFragment concat(Object... parts) {
		StringBuilder sql = new StringBuilder();
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		for (Object part : parts) {
			if (part instanceof SqlFragment fragment) {
				sql.append(fragment.sql());
				fragment.parameters().forEach((name, value) -> merge(parameters, name, value));
			}
			else if (part instanceof String text) {
				sql.append(text);
			}
			else {
				throw new IllegalArgumentException("Not SQL: " + part);
			}
		}
		return new SqlFragment(sql.toString(), parameters);
	}

	/** Fragments with a separator between each two. */
	static SqlFragment join(String separator, List<SqlFragment> fragments) {
		Object[] parts = new Object[Math.max(0, 2 * fragments.size() - 1)];
		for (int i = 0; i < fragments.size(); i++) {
			if (i > 0) {
				parts[2 * i - 1] = separator;
			}
			parts[2 * i] = fragments.get(i);
		}
		return concat(parts);
	}

	/** Conditions that must all hold. */
	static SqlFragment and(List<SqlFragment> conditions) {
		return join(AND, conditions);
	}

	/** This condition and another. */
	SqlFragment and(SqlFragment condition) {
		return and(List.of(this, condition));
	}

	/** This fragment followed by more. */
	SqlFragment append(Object... parts) {
		Object[] all = new Object[parts.length + 1];
		all[0] = this;
		System.arraycopy(parts, 0, all, 1, parts.length);
		return concat(all);
	}

	/** This fragment with one more parameter, which its SQL names. */
	SqlFragment with(String name, @Nullable Object value) {
		return append(of("", name, value));
	}

	/** The parameters, for {@code NamedParameterJdbcTemplate}. */
	MapSqlParameterSource parameterSource() {
		return new MapSqlParameterSource(this.parameters);
	}

	/** Two pieces may share a parameter only when they give it the same value. */
	private static void merge(Map<String, @Nullable Object> parameters, String name, @Nullable Object value) {
		if (parameters.containsKey(name) && !Objects.equals(parameters.get(name), value)) {
			throw new IllegalStateException("Parameter :" + name + " has two values");
		}
		parameters.put(name, value);
	}

}
