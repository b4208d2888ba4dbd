/* measure.c — run one command and report what it cost (for `make bench`).
 *
 *   measure [-o FILE] [--] COMMAND [ARG]...
 *
 * Runs COMMAND (fork + execvp; no shell), waits for it with wait4() and
 * writes one tab-separated line to FILE (default standard error):
 *
 *   status  wall_s  cpu_s  user_s  sys_s  maxrss_kb
 *
 * status is the exit status, or 128 + signal number; wall time is
 * CLOCK_MONOTONIC around fork..wait; cpu is user + system time from the
 * child's rusage; maxrss_kb is its peak resident set (ru_maxrss, KiB on
 * Linux).  measure exits with the command's status (127 if it could not be
 * run).  Not installed; the benchmark only. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
seconds(struct timeval tv)
{
	return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int
main(int argc, char **argv)
{
	const char *path = NULL;
	struct timespec t0, t1;
	struct rusage ru;
	int argi = 1, wstatus, status;
	double wall, user, sys;
	pid_t pid;
	FILE *f;

	if (argi + 1 < argc && strcmp(argv[argi], "-o") == 0) {
		path = argv[argi + 1];
		argi += 2;
	}
	if (argi < argc && strcmp(argv[argi], "--") == 0)
		argi++;
	if (argi >= argc) {
		fprintf(stderr, "Usage: measure [-o FILE] [--] COMMAND [ARG]...\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "measure: fork: %s\n", strerror(errno));
		return 127;
	}
	if (pid == 0) {
		execvp(argv[argi], argv + argi);
		fprintf(stderr, "measure: %s: %s\n", argv[argi], strerror(errno));
		_exit(127);
	}
	while (wait4(pid, &wstatus, 0, &ru) < 0) {
		if (errno != EINTR) {
			fprintf(stderr, "measure: wait4: %s\n", strerror(errno));
			return 127;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	user = seconds(ru.ru_utime);
	sys = seconds(ru.ru_stime);
	status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus)
	    : WIFSIGNALED(wstatus) ? 128 + WTERMSIG(wstatus) : 127;

	f = path ? fopen(path, "w") : stderr;
	if (!f) {
		fprintf(stderr, "measure: %s: %s\n", path, strerror(errno));
		return 127;
	}
	fprintf(f, "%d\t%.3f\t%.3f\t%.3f\t%.3f\t%ld\n", status, wall, user + sys, user,
	    sys, ru.ru_maxrss);
	if ((path && fclose(f) != 0) || (!path && fflush(f) != 0))
		return 127;
	return status;
}
