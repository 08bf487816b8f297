# Only an uncaught KeyboardInterrupt itself ends python3 as SIGINT would (status 130); a subclass of it prints its traceback and ends with status 1.
class Interrupted(KeyboardInterrupt):
    pass
print("raising")
raise Interrupted("sub")
