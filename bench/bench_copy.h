// The two yardsticks a load is compared with: the same final rows written
// into a fresh database (same schema, indexes, triggers and connection
// settings) by
//   * a minimal loop of reused prepared INSERTs (sqlite3_step, one
//     transaction): the physical limit of this schema on this machine;
//   * the sqlite3 shell's .import of CSV files: what a user would do by hand.
// Rows are read from the loaded database first; only the writing is timed.
#pragma once

#include <string>
#include <vector>

namespace factdb::bench {

// The tables a load writes, parents before children (foreign keys are on).
const std::vector<std::string>& loaded_tables();

struct CopyResult {
    double seconds = 0;  // inserts + commit only
    long rows = 0;
};

// Inserts every row of loaded_tables() of source into a new database at
// target through reused prepared statements in one transaction.
CopyResult copy_with_prepared_inserts(const std::string& source, const std::string& target);

// Writes one CSV file per table (header row; NULL as \N) into dir, and the
// sqlite3 shell script that imports them into target (staging each file
// in a TEMP table, then INSERT ... SELECT with NULLs restored, all in one
// transaction).  Returns the script's path.  target is created with the
// schema by db::migrate, so only the data goes through the shell.
std::string export_csv(const std::string& source, const std::string& dir,
                       const std::string& target);

}  // namespace factdb::bench
