// Hostile files that git cannot hold, so the bad-input corpus cannot either:
// FIFOs (with and without a writer pushing 17 MiB), sockets, device nodes.
// Each case runs the REAL binary (support/reliability.h, spawn_factdb) with
// a bounded wait: a factdb that blocks is killed after kBound and the case
// fails, instead of hanging the test run, which is what the build before
// issue 11 (defect 3) did with every FIFO case here (open() of a FIFO waits
// for a writer, and a read lasts as long as the writer writes) and with a
// .jsonl link to /dev/zero (a line that never ends).  Every refused load
// must leave the database byte-for-byte unchanged.
//
// A FIFO is refused by its kind before it is opened, so a writer waiting
// for a reader never gets one: the writer thread below checks that too.
#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <cstring>
#include <iostream>
#include <thread>

#include "support/reliability.h"

using namespace factdb::testing;
using namespace factdb::testing::reliability;

namespace {

constexpr auto kBound = std::chrono::seconds(15);
const std::string kTail = ", not a regular file; only regular files are read";
const std::string kFailed = "factdb: load failed with 1 problem; the database was not changed\n";

struct BoundedRun {
    RunResult result;
    bool killed = false;  // still running at kBound: it blocked
    double ms = 0;
};

// Runs factdb to its end or to kBound, whichever comes first.
BoundedRun run_bounded(const std::vector<std::string>& args, const fs::path& io_dir,
                       const std::string& tag) {
    Process p = spawn_factdb(args, io_dir, tag);
    BoundedRun run;
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(p.pid, &status, WNOHANG);
        if (done == p.pid) break;
        REQUIRE(done == 0);
        if (Clock::now() - p.started > kBound) {
            ::kill(p.pid, SIGKILL);
            status = wait_process(p);
            run.killed = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    p.pid = -1;
    run.ms = std::chrono::duration<double, std::milli>(Clock::now() - p.started).count();
    run.result.exit_code = exit_code(status);
    run.result.out = read_file(p.out);
    run.result.err = read_file(p.err);
    return run;
}

// A claim file whose document's text is the file `text_file` beside it.
std::string claims_with_text_file(const std::string& id, const std::string& text_file) {
    return nlohmann::json{
        {"format", "factdb.claims/1"},
        {"document",
         {{"id", id}, {"title", "Hostile " + id}, {"language", "en"}, {"text_file", text_file}}},
        {"claims", nlohmann::json::array()}}
        .dump();
}

// A valid claim file of one document, for folders that hold a hostile entry.
std::string good_claims() {
    std::mt19937 rng(3);
    return make_document(rng, "good-1").dump();
}

// While alive, SIGPIPE is ignored: the writer below must see EPIPE, not kill
// the test process, if a reader goes away.
class IgnoreSigpipe {
  public:
    IgnoreSigpipe() {
        struct sigaction ignore {};
        ignore.sa_handler = SIG_IGN;
        REQUIRE(::sigaction(SIGPIPE, &ignore, &saved_) == 0);
    }
    ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &saved_, nullptr); }
    IgnoreSigpipe(const IgnoreSigpipe&) = delete;
    IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;

  private:
    struct sigaction saved_ {};
};

// A writer that waits for a reader of the FIFO (polling a non-blocking open,
// so that it can be stopped) and then pushes `bytes` bytes of text into it.
class FifoWriter {
  public:
    FifoWriter(fs::path fifo, std::size_t bytes)
        : thread_([this, fifo = std::move(fifo), bytes] { run(fifo, bytes); }) {}
    ~FifoWriter() { stop(); }
    FifoWriter(const FifoWriter&) = delete;
    FifoWriter& operator=(const FifoWriter&) = delete;

    void stop() {
        stop_ = true;
        if (thread_.joinable()) thread_.join();
    }
    bool got_a_reader() const { return connected_; }
    std::size_t written() const { return written_; }

  private:
    void run(const fs::path& fifo, std::size_t bytes) {
        int fd = -1;
        while (!stop_) {
            fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (fd < 0) return;
        connected_ = true;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        const std::string chunk = [] {
            std::string s;
            while (s.size() < (1 << 16)) s += "Acme hired Jane Doe as CEO. ";
            return s.substr(0, 1 << 16);
        }();
        while (written_ < bytes && !stop_) {
            const std::size_t n = std::min(chunk.size(), bytes - written_);
            const ssize_t w = ::write(fd, chunk.data(), n);
            if (w < 0 && errno == EINTR) continue;
            if (w <= 0) break;  // EPIPE: the reader is gone
            written_ += static_cast<std::size_t>(w);
        }
        ::close(fd);
    }

    std::atomic<bool> stop_{false};
    std::atomic<bool> connected_{false};
    std::atomic<std::size_t> written_{0};
    std::thread thread_;
};

// Binds a Unix socket at path (its node stays after the descriptor closes).
void make_socket(const fs::path& path) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    REQUIRE(path.string().size() < sizeof addr.sun_path);
    std::memcpy(addr.sun_path, path.c_str(), path.string().size() + 1);
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    ::close(fd);
}

// The seeds in a fresh database, and its SHA-256 before the hostile load.
struct Seeded {
    TempDir dir;
    fs::path db = seed_database(dir, kNow);
    std::string before = file_sha256(db);
};

}  // namespace

TEST_CASE("a FIFO as text_file is refused at once by its kind, not waited on",
          "[reliability][hostile-files]") {
    Seeded s;
    const fs::path doc = s.dir.write("in/doc.json", claims_with_text_file("fifo-1", "pipe.txt"));
    REQUIRE(::mkfifo((s.dir / "in/pipe.txt").c_str(), 0600) == 0);
    const BoundedRun run =
        run_bounded({"--db", s.db.string(), "load", doc.string()}, s.dir.path(), "fifo-text");
    std::cerr << "[reliability] hostile files: FIFO as text_file ended in " << run.ms << " ms\n";
    REQUIRE_FALSE(run.killed);
    CHECK(run.result.err ==
          doc.string() + ": document.text_file: is a FIFO" + kTail + " (pipe.txt)\n" + kFailed);
    CHECK(run.result.out.empty());
    CHECK(run.result.exit_code == 2);
    CHECK(file_sha256(s.db) == s.before);
}

TEST_CASE("a FIFO as text_file fed 17 MiB by a writer is refused, the writer never gets a reader",
          "[reliability][hostile-files]") {
    Seeded s;
    const fs::path doc = s.dir.write("in/doc.json", claims_with_text_file("fifo-2", "pipe.txt"));
    const fs::path fifo = s.dir / "in/pipe.txt";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    IgnoreSigpipe ignore_sigpipe;
    // 17 MiB: past the 16 MiB limit that a FIFO's size (none) cannot show.
    FifoWriter writer(fifo, std::size_t{17} << 20);
    const BoundedRun run =
        run_bounded({"--db", s.db.string(), "load", doc.string()}, s.dir.path(), "fifo-writer");
    writer.stop();
    std::cerr << "[reliability] hostile files: FIFO with a 17 MiB writer ended in " << run.ms
              << " ms (" << writer.written() << " bytes written)\n";
    REQUIRE_FALSE(run.killed);
    CHECK(run.result.err ==
          doc.string() + ": document.text_file: is a FIFO" + kTail + " (pipe.txt)\n" + kFailed);
    CHECK(run.result.exit_code == 2);
    CHECK_FALSE(writer.got_a_reader());
    CHECK(writer.written() == 0);
    CHECK(file_sha256(s.db) == s.before);
}

TEST_CASE("a FIFO as a claim file, a folder's entry or a gazetteer is refused by name",
          "[reliability][hostile-files]") {
    Seeded s;
    const fs::path pipe = s.dir / "pipe.jsonl";
    REQUIRE(::mkfifo(pipe.c_str(), 0600) == 0);
    const fs::path folder = s.dir / "claims";
    s.dir.write("claims/a.json", good_claims());
    REQUIRE(::mkfifo((folder / "b.jsonl").c_str(), 0600) == 0);
    const fs::path gazetteer = s.dir / "entities.json";
    REQUIRE(::mkfifo(gazetteer.c_str(), 0600) == 0);

    struct Row {
        std::vector<std::string> load;
        std::string err;
    };
    const std::vector<Row> rows = {
        {{pipe.string()}, pipe.string() + ": is a FIFO" + kTail + "\n"},
        // Not a document --keep-going could skip: like a missing path.
        {{"--keep-going", pipe.string()}, pipe.string() + ": is a FIFO" + kTail + "\n"},
        {{folder.string()}, (folder / "b.jsonl").string() + ": is a FIFO" + kTail + "\n"},
        {{"--keep-going", folder.string()},
         (folder / "b.jsonl").string() + ": is a FIFO" + kTail + "\n"},
        {{gazetteer.string(), (folder / "a.json").string()},
         gazetteer.string() + ": is a FIFO" + kTail + "\n"},
    };
    int n = 0;
    for (const auto& row : rows) {
        INFO(row.err);
        std::vector<std::string> args = {"--db", s.db.string(), "load"};
        args.insert(args.end(), row.load.begin(), row.load.end());
        const BoundedRun run = run_bounded(args, s.dir.path(), "fifo-" + std::to_string(++n));
        REQUIRE_FALSE(run.killed);
        CHECK(run.result.err == row.err + kFailed);
        CHECK(run.result.out.empty());
        CHECK(run.result.exit_code == 2);
        CHECK(file_sha256(s.db) == s.before);
    }
}

TEST_CASE("a .jsonl link to /dev/zero is refused without being read",
          "[reliability][hostile-files]") {
    // /dev/zero never ends and holds no line break: the line reader skipped
    // the too-long line "to its end", forever.
    Seeded s;
    const fs::path zero = s.dir / "zero.jsonl";
    fs::create_symlink("/dev/zero", zero);
    const BoundedRun run =
        run_bounded({"--db", s.db.string(), "load", zero.string()}, s.dir.path(), "zero");
    std::cerr << "[reliability] hostile files: /dev/zero as JSONL ended in " << run.ms << " ms\n";
    REQUIRE_FALSE(run.killed);
    CHECK(run.result.err == zero.string() + ": is a character device" + kTail + "\n" + kFailed);
    CHECK(run.result.exit_code == 2);
    CHECK(file_sha256(s.db) == s.before);
}

TEST_CASE("a socket or a device node as text_file is refused by its kind",
          "[reliability][hostile-files]") {
    Seeded s;
    const fs::path sock_doc =
        s.dir.write("in/sock.json", claims_with_text_file("sock-1", "sock.txt"));
    make_socket(s.dir / "in/sock.txt");
    BoundedRun run =
        run_bounded({"--db", s.db.string(), "load", sock_doc.string()}, s.dir.path(), "sock");
    REQUIRE_FALSE(run.killed);
    CHECK(run.result.err == sock_doc.string() + ": document.text_file: is a socket" + kTail +
                                " (sock.txt)\n" + kFailed);
    CHECK(run.result.exit_code == 2);
    CHECK(file_sha256(s.db) == s.before);

    // A device can only be inside the claim file's folder if it is made
    // there (a link to /dev/zero leaves the folder, refused for that).  A
    // copy of /dev/zero (1, 5): infinite, so only refusing it by its kind
    // - or a read budget - ends the load.  mknod needs CAP_MKNOD (root in CI).
    const fs::path dev_doc = s.dir.write("in/dev.json", claims_with_text_file("dev-1", "zero.txt"));
    if (::mknod((s.dir / "in/zero.txt").c_str(), S_IFCHR | 0666, makedev(1, 5)) != 0) {
        WARN("mknod not permitted (" << std::strerror(errno)
                                     << "): the device node case is left to the root run");
        return;
    }
    run = run_bounded({"--db", s.db.string(), "load", dev_doc.string()}, s.dir.path(), "dev");
    REQUIRE_FALSE(run.killed);
    CHECK(run.result.err == dev_doc.string() + ": document.text_file: is a character device" +
                                kTail + " (zero.txt)\n" + kFailed);
    CHECK(run.result.exit_code == 2);
    CHECK(file_sha256(s.db) == s.before);
}
