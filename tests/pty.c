/* pty.c — run a command with its standard input on a pseudo-terminal, as
 * a user at a terminal would, and end that input at once (Ctrl-D); its
 * stdout and stderr are this program's. For tests of what truce says when
 * it waits for a story typed at a terminal (tests/run-docs.sh).
 * usage: pty COMMAND [ARG...]; exits with the command's status, or 77
 * when this machine gives no pseudo-terminal (the test is then skipped). */
#define _XOPEN_SOURCE 600
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: pty COMMAND [ARG...]\n");
        return 2;
    }
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        perror("pty: posix_openpt");
        return 77;
    }
    const char *name = ptsname(master);
    int slave = name ? open(name, O_RDWR | O_NOCTTY) : -1;
    if (slave < 0) {
        perror("pty: open the terminal");
        return 77;
    }
    /* the end of input, as Ctrl-D at the start of a line (canonical mode) */
    struct termios t;
    char eof = 4;
    if (tcgetattr(slave, &t) == 0) {
        eof = (char)t.c_cc[VEOF];
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("pty: fork");
        return 3;
    }
    if (pid == 0) {
        close(master);
        dup2(slave, STDIN_FILENO);
        close(slave);
        execvp(argv[1], argv + 1);
        perror("pty: exec");
        _exit(127);
    }
    close(slave);
    if (write(master, &eof, 1) != 1) {
        perror("pty: write");
    }
    /* drain what the terminal echoes, so it never blocks */
    int status = 0;
    for (;;) {
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            break;
        }
        char buf[256];
        fcntl(master, F_SETFL, O_NONBLOCK);
        if (read(master, buf, sizeof buf) <= 0) {
            usleep(10000);
        }
    }
    close(master);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
