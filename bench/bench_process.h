// Running a child process (the real factdb binary, the sqlite3 shell) and
// measuring it: wall time and peak resident memory, as the kernel reports
// them for that child alone (wait4's rusage), so the benchmark's own memory
// never counts.
#pragma once

#include <string>
#include <vector>

namespace factdb::bench {

struct ChildRun {
    double seconds = 0;  // wall clock
    long max_rss_kb = 0;
    int exit_code = -1;
};

// Runs argv[0] (looked up in PATH) with stdin from stdin_file (or
// /dev/null) and stdout/stderr appended to log_file.  Throws
// std::runtime_error when it cannot start.
ChildRun run_child(const std::vector<std::string>& argv, const std::string& log_file,
                   const std::string& stdin_file = "/dev/null");

// Makes run_child go through `self --spawn ...` (this binary re-executed as
// a small helper process), so that ru_maxrss is the child's own peak; call
// it first thing in main().  spawn_main() is that helper's main.
void set_spawn_helper(const std::string& self);
int spawn_main(int argc, char** argv);

// The 1-minute load average (machine quietness, printed beside figures).
double load_average();

// Seconds on a monotonic clock.
double now_seconds();

}  // namespace factdb::bench
