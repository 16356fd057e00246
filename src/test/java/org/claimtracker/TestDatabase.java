package org.claimtracker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points every test context at a real PostgreSQL: the one answering on localhost:5432
 * when there is one, with a fresh {@code claimtracker_test} database (or
 * {@code CLAIMTRACKER_TEST_DB_NAME}) for each test run; otherwise a throwaway PostgreSQL
 * started with Testcontainers. The log says which.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Log logger = LogFactory.getLog(TestDatabase.class);

	private static final String HOST = env("CLAIMTRACKER_TEST_DB_HOST", "localhost");

	private static final int PORT = Integer.parseInt(env("CLAIMTRACKER_TEST_DB_PORT", "5432"));

	private static final String USER = env("CLAIMTRACKER_TEST_DB_USER", "claimtracker");

	private static final String PASSWORD = env("CLAIMTRACKER_TEST_DB_PASSWORD", "claimtracker");

	private static final String DATABASE = env("CLAIMTRACKER_TEST_DB_NAME", "claimtracker_test");

	private static @Nullable Map<String, Object> properties;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties()));
	}

	/** The datasource settings of this test run, prepared once per JVM. */
	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = answers(HOST, PORT) ? local() : container();
		}
		return properties;
	}

	private static Map<String, Object> local() {
		String server = "jdbc:postgresql://" + HOST + ":" + PORT + "/";
		try (Connection admin = DriverManager.getConnection(server + "postgres", USER, PASSWORD);
				Statement sql = admin.createStatement()) {
			sql.execute("drop database if exists " + DATABASE + " with (force)");
			sql.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL answers on " + HOST + ":" + PORT + " but role '" + USER
					+ "' cannot create the test database (create it with: createuser --createdb --pwprompt " + USER
					+ ")", ex);
		}
		logger.info("Tests use the PostgreSQL on " + HOST + ":" + PORT + ", database " + DATABASE + " (fresh)");
		return settings(server + DATABASE, USER, PASSWORD);
	}

	@SuppressWarnings("resource") // lives as long as the JVM; Testcontainers' reaper
									// removes it
	private static Map<String, Object> container() {
		logger.info("No PostgreSQL answers on " + HOST + ":" + PORT + ": starting a throwaway one with Testcontainers");
		PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine").withDatabaseName(DATABASE);
		postgres.start();
		logger.info("Tests use the Testcontainers PostgreSQL at " + postgres.getJdbcUrl());
		return settings(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
	}

	/**
	 * The test run caches a context per configuration, each with its own pool: pools that
	 * give back idle connections keep the run within the server's connection limit,
	 * beside another build on the same server.
	 */
	private static Map<String, Object> settings(String url, String user, String password) {
		return Map.of("spring.datasource.url", url, "spring.datasource.username", user, "spring.datasource.password",
				password, "spring.datasource.hikari.minimum-idle", "0", "spring.datasource.hikari.idle-timeout",
				"10000", "spring.datasource.hikari.maximum-pool-size", "8");
	}

	private static boolean answers(String host, int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
