package org.illbridge.store;

import javax.sql.DataSource;

import org.illbridge.support.EmbeddedDatabase;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The request store on a real PostgreSQL server. */
class PostgresStoreTest extends StoreContract {

    private static DataSource postgres;

    @Override
    protected DataSource dataSource() {
        if (postgres == null) {
            postgres = new DriverManagerDataSource(EmbeddedDatabase.jdbcUrl("illbridge_store"), "postgres",
                    "postgres");
        }
        return postgres;
    }
}
