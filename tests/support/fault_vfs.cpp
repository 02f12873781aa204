// The fault-injecting shim VFS (see fault_vfs.h).
//
// Each file opened through the shim is a FaultFile followed, in the same
// allocation (szOsFile), by the real VFS's own file object; every method
// forwards to the real file, except that xWrite and xSync are first counted
// and may return the planned error instead.  The VFS methods forward to the
// real VFS object (not to ours): the unix VFS reads its locking-style finder
// from its own pAppData.
//
// The commit boundary comes from two places: a commit hook (installed on
// every connection opened through the shim, by an auto-extension) says a
// COMMIT starts, before any of its pages are written; SQLITE_FCNTL_COMMIT_
// PHASETWO on the database file says it is done.  factdb itself sets no
// commit hook, so taking that slot changes nothing it does.
#include "support/fault_vfs.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <stdexcept>

namespace factdb::testing {

struct FaultVfs::State {
    FaultPlan plan;
    sqlite3_vfs* real = nullptr;  // the default VFS when the shim was registered
    sqlite3_vfs vfs{};            // the shim, registered under kName

    mutable std::mutex mutex;  // the connections may run on several threads
    std::int64_t writes = 0;
    std::int64_t syncs = 0;
    std::int64_t failures = 0;
    std::int64_t refused = 0;
    std::int64_t open_files = 0;
    std::vector<VfsEvent> events;

    // Numbers a write or a sync, records it; the error to return, or SQLITE_OK.
    int count(VfsEvent::Kind kind, FileKind file, std::int64_t offset, int amount) {
        std::lock_guard lock(mutex);
        std::int64_t& n = kind == VfsEvent::Kind::write ? writes : syncs;
        ++n;
        const bool targeted = (plan.op == FaultOp::write && kind == VfsEvent::Kind::write) ||
                              (plan.op == FaultOp::sync && kind == VfsEvent::Kind::sync);
        const bool fail =
            targeted && plan.at > 0 && (n == plan.at || (plan.and_after && n > plan.at));
        if (fail) ++failures;
        events.push_back({kind, file, n, offset, amount, fail});
        return fail ? plan.code : SQLITE_OK;
    }

    void note(VfsEvent::Kind kind, FileKind file) {
        std::lock_guard lock(mutex);
        events.push_back({kind, file, 0, 0, 0, false});
    }
};

namespace {

using State = FaultVfs::State;

// The shim registered now, for the auto-extension (a plain function).
std::atomic<State*> g_active{nullptr};

// The shim's part of a file; the real file object follows it, at the
// next multiple of 8 bytes.  SQLite allocates szOsFile bytes with 8-byte
// alignment (sqlite3_malloc's guarantee), so nothing here may ask for more:
// an alignas(max_align_t) struct (16) is misaligned in that memory.
struct FaultFile {
    sqlite3_file base;  // first: SQLite sees a FaultFile as an sqlite3_file
    State* state;
    FileKind kind;
};
constexpr std::size_t kShimBytes = (sizeof(FaultFile) + 7) / 8 * 8;
static_assert(alignof(FaultFile) <= 8, "SQLite aligns file objects to 8 bytes");

FaultFile* shim(sqlite3_file* f) {
    return reinterpret_cast<FaultFile*>(f);
}

sqlite3_file* real(sqlite3_file* f) {
    return reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + kShimBytes);
}

FileKind kind_of(int flags) {
    if (flags & SQLITE_OPEN_MAIN_DB) return FileKind::main_db;
    if (flags & SQLITE_OPEN_WAL) return FileKind::wal;
    if (flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL)) return FileKind::journal;
    if (flags & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL |
                 SQLITE_OPEN_TRANSIENT_DB))
        return FileKind::temp;
    return FileKind::other;
}

// --- sqlite3_io_methods ---------------------------------------------------

int file_close(sqlite3_file* f) {
    sqlite3_file* r = real(f);
    const int rc = r->pMethods->xClose(r);
    std::lock_guard lock(shim(f)->state->mutex);
    --shim(f)->state->open_files;
    return rc;
}

int file_read(sqlite3_file* f, void* buf, int amount, sqlite3_int64 offset) {
    return real(f)->pMethods->xRead(real(f), buf, amount, offset);
}

int file_write(sqlite3_file* f, const void* buf, int amount, sqlite3_int64 offset) {
    const int rc = shim(f)->state->count(VfsEvent::Kind::write, shim(f)->kind, offset, amount);
    if (rc != SQLITE_OK) return rc;
    return real(f)->pMethods->xWrite(real(f), buf, amount, offset);
}

int file_truncate(sqlite3_file* f, sqlite3_int64 size) {
    return real(f)->pMethods->xTruncate(real(f), size);
}

int file_sync(sqlite3_file* f, int flags) {
    const int rc = shim(f)->state->count(VfsEvent::Kind::sync, shim(f)->kind, 0, 0);
    if (rc != SQLITE_OK) return rc;
    return real(f)->pMethods->xSync(real(f), flags);
}

int file_size(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}

int file_lock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}

int file_unlock(sqlite3_file* f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}

int file_check_reserved_lock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}

int file_control(sqlite3_file* f, int op, void* arg) {
    State* s = shim(f)->state;
    if (op == SQLITE_FCNTL_PRAGMA && s->plan.default_cache) {
        // arg: {result, name, value}; a value means the pragma sets the size.
        char** a = static_cast<char**>(arg);
        if (a[1] && a[2] && sqlite3_stricmp(a[1], "cache_size") == 0) {
            std::lock_guard lock(s->mutex);
            ++s->refused;
            return SQLITE_OK;  // "handled": SQLite runs nothing for it
        }
    }
    if (op == SQLITE_FCNTL_COMMIT_PHASETWO) s->note(VfsEvent::Kind::committed, shim(f)->kind);
    if (op == SQLITE_FCNTL_CKPT_START) s->note(VfsEvent::Kind::checkpoint, shim(f)->kind);
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int file_sector_size(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}

int file_device_characteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

int file_shm_map(sqlite3_file* f, int page, int page_size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), page, page_size, extend, out);
}

int file_shm_lock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

void file_shm_barrier(sqlite3_file* f) {
    real(f)->pMethods->xShmBarrier(real(f));
}

int file_shm_unmap(sqlite3_file* f, int delete_flag) {
    return real(f)->pMethods->xShmUnmap(real(f), delete_flag);
}

int file_fetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out) {
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}

int file_unfetch(sqlite3_file* f, sqlite3_int64 offset, void* p) {
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

// One table per io_methods version: the shim offers exactly what the real
// file offers (SQLite decides from iVersion and the pointers whether a file
// supports WAL's shared memory and memory-mapped reads).
constexpr sqlite3_io_methods make_methods(int version) {
    return {version,
            file_close,
            file_read,
            file_write,
            file_truncate,
            file_sync,
            file_size,
            file_lock,
            file_unlock,
            file_check_reserved_lock,
            file_control,
            file_sector_size,
            file_device_characteristics,
            version >= 2 ? file_shm_map : nullptr,
            version >= 2 ? file_shm_lock : nullptr,
            version >= 2 ? file_shm_barrier : nullptr,
            version >= 2 ? file_shm_unmap : nullptr,
            version >= 3 ? file_fetch : nullptr,
            version >= 3 ? file_unfetch : nullptr};
}

constexpr sqlite3_io_methods kMethods[3] = {make_methods(1), make_methods(2), make_methods(3)};

// --- sqlite3_vfs -------------------------------------------------------------

State* state_of(sqlite3_vfs* vfs) {
    return static_cast<State*>(vfs->pAppData);
}

sqlite3_vfs* real_vfs(sqlite3_vfs* vfs) {
    return state_of(vfs)->real;
}

int vfs_open(sqlite3_vfs* vfs, const char* name, sqlite3_file* f, int flags, int* out_flags) {
    State* s = state_of(vfs);
    FaultFile* file = shim(f);
    file->base.pMethods = nullptr;
    file->state = s;
    file->kind = kind_of(flags);
    sqlite3_file* r = real(f);
    r->pMethods = nullptr;
    const int rc = s->real->xOpen(s->real, name, r, flags, out_flags);
    // SQLite calls xClose when pMethods is set, even after a failed open.
    if (r->pMethods) {
        const int version = std::clamp(r->pMethods->iVersion, 1, 3);
        file->base.pMethods = &kMethods[version - 1];
        std::lock_guard lock(s->mutex);
        ++s->open_files;
    }
    return rc;
}

int vfs_delete(sqlite3_vfs* vfs, const char* name, int sync_dir) {
    return real_vfs(vfs)->xDelete(real_vfs(vfs), name, sync_dir);
}

int vfs_access(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
    return real_vfs(vfs)->xAccess(real_vfs(vfs), name, flags, out);
}

int vfs_full_pathname(sqlite3_vfs* vfs, const char* name, int size, char* out) {
    return real_vfs(vfs)->xFullPathname(real_vfs(vfs), name, size, out);
}

void* vfs_dl_open(sqlite3_vfs* vfs, const char* name) {
    return real_vfs(vfs)->xDlOpen(real_vfs(vfs), name);
}

void vfs_dl_error(sqlite3_vfs* vfs, int size, char* out) {
    real_vfs(vfs)->xDlError(real_vfs(vfs), size, out);
}

void (*vfs_dl_sym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void) {
    return real_vfs(vfs)->xDlSym(real_vfs(vfs), handle, symbol);
}

void vfs_dl_close(sqlite3_vfs* vfs, void* handle) {
    real_vfs(vfs)->xDlClose(real_vfs(vfs), handle);
}

int vfs_randomness(sqlite3_vfs* vfs, int size, char* out) {
    return real_vfs(vfs)->xRandomness(real_vfs(vfs), size, out);
}

int vfs_sleep(sqlite3_vfs* vfs, int microseconds) {
    return real_vfs(vfs)->xSleep(real_vfs(vfs), microseconds);
}

int vfs_current_time(sqlite3_vfs* vfs, double* out) {
    return real_vfs(vfs)->xCurrentTime(real_vfs(vfs), out);
}

int vfs_get_last_error(sqlite3_vfs* vfs, int size, char* out) {
    return real_vfs(vfs)->xGetLastError(real_vfs(vfs), size, out);
}

int vfs_current_time_int64(sqlite3_vfs* vfs, sqlite3_int64* out) {
    return real_vfs(vfs)->xCurrentTimeInt64(real_vfs(vfs), out);
}

int vfs_set_system_call(sqlite3_vfs* vfs, const char* name, sqlite3_syscall_ptr call) {
    return real_vfs(vfs)->xSetSystemCall(real_vfs(vfs), name, call);
}

sqlite3_syscall_ptr vfs_get_system_call(sqlite3_vfs* vfs, const char* name) {
    return real_vfs(vfs)->xGetSystemCall(real_vfs(vfs), name);
}

const char* vfs_next_system_call(sqlite3_vfs* vfs, const char* name) {
    return real_vfs(vfs)->xNextSystemCall(real_vfs(vfs), name);
}

// --- the commit hook ---------------------------------------------------------

int on_commit(void* state) {
    static_cast<State*>(state)->note(VfsEvent::Kind::commit_begin, FileKind::main_db);
    return 0;  // 0: let the COMMIT go on
}

// Runs for every connection opened while the shim is registered; hooks the
// ones whose database goes through it.
int on_open(sqlite3* db, char**, const sqlite3_api_routines*) {
    State* s = g_active.load();
    if (!s) return SQLITE_OK;
    sqlite3_vfs* used = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &used) == SQLITE_OK &&
        used == &s->vfs)
        sqlite3_commit_hook(db, on_commit, s);
    return SQLITE_OK;
}

// sqlite3_auto_extension takes void(*)(void) (the one function type any
// function pointer may be cast to and back) and calls it with its real type.
void (*const kOnOpen)(void) = reinterpret_cast<void (*)(void)>(&on_open);

const char* kind_name(FileKind k) {
    switch (k) {
        case FileKind::main_db:
            return "db";
        case FileKind::wal:
            return "wal";
        case FileKind::journal:
            return "journal";
        case FileKind::temp:
            return "temp";
        case FileKind::other:
            break;
    }
    return "other";
}

}  // namespace

std::string to_string(const VfsEvent& e) {
    switch (e.kind) {
        case VfsEvent::Kind::write:
            return "write #" + std::to_string(e.number) + " " + kind_name(e.file) + " @" +
                   std::to_string(e.offset) + "+" + std::to_string(e.amount) +
                   (e.failed ? " FAILED" : "");
        case VfsEvent::Kind::sync:
            return "sync #" + std::to_string(e.number) + " " + kind_name(e.file) +
                   (e.failed ? " FAILED" : "");
        case VfsEvent::Kind::commit_begin:
            return "commit begins";
        case VfsEvent::Kind::committed:
            return "committed";
        case VfsEvent::Kind::checkpoint:
            return "checkpoint";
    }
    return "?";
}

FaultVfs::FaultVfs(FaultPlan plan) : state_(std::make_unique<State>()) {
    if (sqlite3_initialize() != SQLITE_OK) throw std::runtime_error("sqlite3_initialize failed");
    State& s = *state_;
    s.plan = plan;
    s.real = sqlite3_vfs_find(nullptr);
    if (!s.real) throw std::runtime_error("SQLite has no default VFS to wrap");
    s.vfs.iVersion = s.real->iVersion < 3 ? s.real->iVersion : 3;
    s.vfs.szOsFile = static_cast<int>(kShimBytes) + s.real->szOsFile;
    s.vfs.mxPathname = s.real->mxPathname;
    s.vfs.zName = kName;
    s.vfs.pAppData = &s;
    s.vfs.xOpen = vfs_open;
    s.vfs.xDelete = vfs_delete;
    s.vfs.xAccess = vfs_access;
    s.vfs.xFullPathname = vfs_full_pathname;
    s.vfs.xDlOpen = s.real->xDlOpen ? vfs_dl_open : nullptr;
    s.vfs.xDlError = s.real->xDlError ? vfs_dl_error : nullptr;
    s.vfs.xDlSym = s.real->xDlSym ? vfs_dl_sym : nullptr;
    s.vfs.xDlClose = s.real->xDlClose ? vfs_dl_close : nullptr;
    s.vfs.xRandomness = vfs_randomness;
    s.vfs.xSleep = vfs_sleep;
    s.vfs.xCurrentTime = vfs_current_time;
    s.vfs.xGetLastError = vfs_get_last_error;
    if (s.vfs.iVersion >= 2) s.vfs.xCurrentTimeInt64 = vfs_current_time_int64;
    if (s.vfs.iVersion >= 3) {
        s.vfs.xSetSystemCall = s.real->xSetSystemCall ? vfs_set_system_call : nullptr;
        s.vfs.xGetSystemCall = s.real->xGetSystemCall ? vfs_get_system_call : nullptr;
        s.vfs.xNextSystemCall = s.real->xNextSystemCall ? vfs_next_system_call : nullptr;
    }
    State* none = nullptr;
    if (!g_active.compare_exchange_strong(none, &s))
        throw std::logic_error("a FaultVfs is already registered: one at a time");
    if (sqlite3_vfs_register(&s.vfs, 1) != SQLITE_OK ||
        sqlite3_auto_extension(kOnOpen) != SQLITE_OK) {
        sqlite3_vfs_unregister(&s.vfs);
        g_active = nullptr;
        throw std::runtime_error("cannot register the fault-injecting VFS");
    }
}

FaultVfs::~FaultVfs() {
    State& s = *state_;
    sqlite3_cancel_auto_extension(kOnOpen);
    {
        std::lock_guard lock(s.mutex);
        if (s.open_files != 0) {
            // A connection still open would call into this object once it is
            // freed: fail loudly now rather than crash somewhere later.
            std::fprintf(stderr,
                         "FaultVfs destroyed with %lld file(s) still open through it; close "
                         "every connection first\n",
                         static_cast<long long>(s.open_files));
            std::abort();
        }
    }
    sqlite3_vfs_unregister(&s.vfs);
    sqlite3_vfs_register(s.real, 1);  // the previous default again
    g_active = nullptr;
}

std::int64_t FaultVfs::writes() const {
    std::lock_guard lock(state_->mutex);
    return state_->writes;
}

std::int64_t FaultVfs::syncs() const {
    std::lock_guard lock(state_->mutex);
    return state_->syncs;
}

std::int64_t FaultVfs::failures() const {
    std::lock_guard lock(state_->mutex);
    return state_->failures;
}

std::int64_t FaultVfs::refused_cache_sizes() const {
    std::lock_guard lock(state_->mutex);
    return state_->refused;
}

std::vector<VfsEvent> FaultVfs::events() const {
    std::lock_guard lock(state_->mutex);
    return state_->events;
}

}  // namespace factdb::testing
