package org.claimtracker.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.claimtracker.common.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made on the editor's account page, shown once, stored as a SHA-256
 * hash, revocable. A token acts as its owner, with the owner's role, while the owner's
 * account is enabled.
 */
@Service
public class ApiTokenService {

	static final String PREFIX = "ct_";

	private final JdbcTemplate jdbc;

	ApiTokenService(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A token as its owner sees it listed, never with its secret. */
	public record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

		public boolean revoked() {
			return this.revokedAt != null;
		}

	}

	/** The owner a live token acts as. */
	public record Owner(String username, Role role) {

	}

	/** Makes a token for the account and returns its secret, which is not kept. */
	@Transactional
	public String create(String username, String name) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		this.jdbc.update(
				"insert into api_token (user_id, name, token_hash) select id, ?, ? from app_user where username = ?",
				name.strip(), hash(secret), username);
		return secret;
	}

	@Transactional(readOnly = true)
	public List<TokenView> tokensOf(String username) {
		return this.jdbc.query("""
				select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at from api_token t
				join app_user u on u.id = t.user_id where u.username = ? order by t.created_at desc""",
				(row, n) -> new TokenView(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
						instant(row.getTimestamp(4)), instant(row.getTimestamp(5))),
				username);
	}

	/**
	 * Revokes one of the account's tokens; another account's token, or none, is not
	 * found.
	 */
	@Transactional
	public void revoke(String username, long id) {
		Integer owned = this.jdbc.queryForObject("""
				select count(*) from api_token t join app_user u on u.id = t.user_id
				where t.id = ? and u.username = ?""", Integer.class, id, username);
		if (owned == null || owned == 0) {
			throw new NotFoundException("API token", id);
		}
		this.jdbc.update("""
				update api_token set revoked_at = now() where id = ? and revoked_at is null
				and user_id = (select id from app_user where username = ?)""", id, username);
	}

	/** The enabled account a live token belongs to, noting that it was used. */
	@Transactional
	public Optional<Owner> authenticate(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		List<Owner> owners = this.jdbc.query("""
				update api_token t set last_used_at = now() from app_user u
				where u.id = t.user_id and t.token_hash = ? and t.revoked_at is null and u.enabled
				returning u.username, u.role""",
				(row, n) -> new Owner(row.getString(1), Role.valueOf(row.getString(2))), hash(secret));
		return owners.stream().findFirst();
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
