package vn.baocao.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's one database: a pool of connections, the schema brought up to date by the migrations
 * in {@code db/migration} when the server starts, and transactions that commit only when the work
 * returned without an error. A write is confirmed to the caller only after its commit, which both
 * databases make durable (PostgreSQL with {@code synchronous_commit} on, which is set here per
 * connection whatever the server's default).
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final boolean postgres;

    /** Work done in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    public static Database open(ServerSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.database());
        config.setUsername(settings.databaseUser());
        config.setPassword(settings.databasePassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        config.setPoolName("baocao");
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        boolean postgres = settings.database().startsWith("jdbc:postgresql:");
        if (postgres) {
            // a confirmed write survives a crash of the database server
            config.setConnectionInitSql("SET synchronous_commit TO on");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure(Database.class.getClassLoader()).dataSource(pool).locations("classpath:db/migration")
                    .load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, postgres);
    }

    public boolean postgres() {
        return postgres;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Whether the database answers: for the readiness check. */
    public boolean answers() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A database failure: the server answers 503 and logs it for the operator. */
    public static final class DatabaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        /** Whether two writers met on the same row (a unique key): the caller may retry. */
        public boolean conflict() {
            String state = ((SQLException) getCause()).getSQLState();
            return state != null && state.startsWith("23");
        }
    }
}
