# An uncaught SystemExit with a message prints it on stderr and exits with status 1.
print("before")
raise SystemExit("bye: configuration missing")
