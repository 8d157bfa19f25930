package org.illbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The request store on the embedded H2 default. */
class H2StoreTest extends StoreContract {

    private static final DataSource MEMORY = new DriverManagerDataSource(
            "jdbc:h2:mem:illbridge_store;DB_CLOSE_DELAY=-1", "sa", "");

    @TempDir
    Path directory;

    @Override
    protected DataSource dataSource() {
        return MEMORY;
    }

    @Test
    void aFileDatabaseKeepsItsLoansAcrossRestarts() {
        String url = "jdbc:h2:file:" + directory.resolve("illbridge") + ";DB_CLOSE_ON_EXIT=FALSE";
        DriverManagerDataSource first = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(first).load().migrate();
        new LoanStore(new JdbcTemplate(first), Clock.systemUTC()).save(new Loan("FILE-1", Role.BORROWING, "DK-1",
                null, "BAR", null, Instant.parse("2030-01-01T00:00:00Z"), null, null));
        new JdbcTemplate(first).execute("shutdown");

        DriverManagerDataSource second = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(second).load().migrate();

        assertThat(new LoanStore(new JdbcTemplate(second), Clock.systemUTC()).find("FILE-1"))
                .map(Loan::dueDate).contains(Instant.parse("2030-01-01T00:00:00Z"));
    }
}
