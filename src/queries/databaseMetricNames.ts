// Database connection pools: mysqld_exporter (MySQL and MariaDB), postgres_exporter and Micrometer's HikariCP meters.
export const MYSQL_UP = 'mysql_up';
export const MYSQL_THREADS_CONNECTED = 'mysql_global_status_threads_connected';
export const MYSQL_THREADS_RUNNING = 'mysql_global_status_threads_running';
export const MYSQL_MAX_CONNECTIONS = 'mysql_global_variables_max_connections';
// MySQL counts "Too many connections" in Connection_errors_max_connections; MariaDB 10.11 leaves that at 0 and
// counts the refusal in Aborted_connects (measured on Debian's 10.11 behind mysqld_exporter 0.14).
export const MYSQL_CONNECTION_ERRORS = 'mysql_global_status_connection_errors_total';
export const MYSQL_ABORTED_CONNECTS = 'mysql_global_status_aborted_connects';
export const PG_UP = 'pg_up';
export const PG_ACTIVITY = 'pg_stat_activity_count';
export const PG_MAX_CONNECTIONS = 'pg_settings_max_connections';
export const HIKARI_ACTIVE = 'hikaricp_connections_active';
export const HIKARI_IDLE = 'hikaricp_connections_idle';
export const HIKARI_PENDING = 'hikaricp_connections_pending';
export const HIKARI_MAX = 'hikaricp_connections_max';
export const HIKARI_TIMEOUTS = 'hikaricp_connections_timeout_total';

export const MYSQLD_EXPORTER =
  'prometheus-mysqld-exporter (mysqld_exporter; its default collectors read global status and variables; grant the exporter PROCESS, REPLICATION CLIENT and SELECT)';
export const POSTGRES_EXPORTER =
  'prometheus-postgres-exporter (postgres_exporter; pg_stat_activity and pg_settings are default collectors)';
export const MICROMETER_HIKARICP =
  'Micrometer HikariCP metrics (Spring Boot Actuator with micrometer-registry-prometheus: management.endpoints.web.exposure.include=prometheus)';

// A pool at or above this share of its limit is exhausted for the next burst: attribution and thresholds agree.
export const DB_SATURATION_BAD = 0.9;
