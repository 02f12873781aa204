// Child processes and clocks for the benchmark (see bench_process.h).
#include "bench/bench_process.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace factdb::bench {

double now_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double load_average() {
    double avg[1] = {0};
    return getloadavg(avg, 1) == 1 ? avg[0] : -1;
}

namespace {

// fork() + exec() directly from this process.  A forked child's ru_maxrss
// starts from the parent's resident size at fork (Linux carries the old
// address space's peak across exec), so this is only used from a small
// process: the --spawn helper below, never from the benchmark itself once it
// holds a gigabyte of rows.
ChildRun run_direct(const std::vector<std::string>& argv, const std::string& log_file,
                    const std::string& stdin_file) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const double start = now_seconds();
    const pid_t pid = fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int in = open(stdin_file.c_str(), O_RDONLY);
        const int out = open(log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (in < 0 || out < 0) _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid) throw std::runtime_error("wait4 failed");
    ChildRun run;
    run.seconds = now_seconds() - start;
    run.max_rss_kb = usage.ru_maxrss;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (run.exit_code == 127) throw std::runtime_error("cannot run " + argv[0]);
    return run;
}

std::string& spawn_helper() {
    static std::string path;
    return path;
}

}  // namespace

void set_spawn_helper(const std::string& self) {
    spawn_helper() = self;
}

int spawn_main(int argc, char** argv) {
    // argv: self --spawn RESULT LOG STDIN PROGRAM ARGS...
    if (argc < 7) return 2;
    const std::vector<std::string> child(argv + 5, argv + argc);
    const ChildRun run = run_direct(child, argv[3], argv[4]);
    std::FILE* out = std::fopen(argv[2], "w");
    if (!out) return 3;
    std::fprintf(out, "%.6f %ld %d\n", run.seconds, run.max_rss_kb, run.exit_code);
    std::fclose(out);
    return 0;
}

ChildRun run_child(const std::vector<std::string>& argv, const std::string& log_file,
                   const std::string& stdin_file) {
    if (spawn_helper().empty()) return run_direct(argv, log_file, stdin_file);
    // The helper is this binary re-executed: a fresh, small process whose
    // own child's rusage is the child's alone.  Its wall time is the
    // child's, measured inside the helper.
    const std::string result = log_file + ".spawn";
    std::vector<std::string> helper = {spawn_helper(), "--spawn", result, log_file, stdin_file};
    helper.insert(helper.end(), argv.begin(), argv.end());
    const ChildRun outer = run_direct(helper, log_file, "/dev/null");
    if (outer.exit_code != 0) throw std::runtime_error("spawn helper failed for " + argv[0]);
    ChildRun run;
    std::FILE* in = std::fopen(result.c_str(), "r");
    if (!in || std::fscanf(in, "%lf %ld %d", &run.seconds, &run.max_rss_kb, &run.exit_code) != 3)
        throw std::runtime_error("spawn helper wrote no result for " + argv[0]);
    std::fclose(in);
    std::remove(result.c_str());
    if (run.exit_code == 127) throw std::runtime_error("cannot run " + argv[0]);
    return run;
}

}  // namespace factdb::bench
