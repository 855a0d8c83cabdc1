#include "processrun.h"

#ifndef ACTIONDECK_THREAD_SANITIZER
#include <QProcess>
#else
#include <QElapsedTimer>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;
#endif

namespace ActionDeck::TestSupport {

#ifndef ACTIONDECK_THREAD_SANITIZER

ProcessRun runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                      int timeoutMs) {
    QProcess process;
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

#else

// ThreadSanitizer of clang 14 stops the whole test ("CHECK failed: tsan_rtl.cpp:234" in
// ForkAfter) when QProcess starts a program: Qt's forkfd calls clone(), whose TSan interceptor
// fails there. glibc's posix_spawn does not go through that interceptor, so the TSan build runs
// its programs (PostgreSQL's initdb, pg_ctl, psql) this way; the same contract as above.
ProcessRun runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                      int timeoutMs) {
    ProcessRun run;
    int in[2], out[2], err[2];
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0)
        return run;
    std::vector<QByteArray> words{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    pid_t pid = -1;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    for (int end : {in[0], out[1], err[1]})
        ::close(end);
    if (spawned != 0) {
        for (int end : {in[1], out[0], err[0]})
            ::close(end);
        return run;
    }
    // The inputs here are small (none or a few lines): written whole before reading.
    for (qsizetype written = 0; written < input.size();) {
        const ssize_t n = ::write(in[1], input.constData() + written, input.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    ::close(in[1]);
    // Read until the program has exited and its pipes are drained: a server it started in the
    // background may keep them open, so the exit, not the end of output, ends the wait.
    QElapsedTimer clock;
    clock.start();
    int status = 0;
    bool exited = false;
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    QByteArray* sinks[2] = {&run.out, &run.err};
    while (true) {
        const int ready = ::poll(fds, 2, exited ? 0 : 50);
        bool read = false;
        for (int i = 0; ready > 0 && i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP)))
                continue;
            char buffer[4096];
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                sinks[i]->append(buffer, n);
                read = true;
            } else {
                ::close(fds[i].fd);
                fds[i].fd = -1;
            }
        }
        if (exited && !read)
            break;
        if (!exited && ::waitpid(pid, &status, WNOHANG) == pid)
            exited = true;
        if (!exited && clock.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            for (const pollfd& fd : fds)
                if (fd.fd >= 0)
                    ::close(fd.fd);
            return run;
        }
    }
    for (const pollfd& fd : fds)
        if (fd.fd >= 0)
            ::close(fd.fd);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    return run;
}

#endif

} // namespace ActionDeck::TestSupport
