# A generator's gi_running, gi_suspended, gi_code, and gi_frame once it has finished.
def counter(limit):
    for i in range(limit):
        yield i
g = counter(2)
print(g.gi_running, g.gi_suspended, g.gi_code is counter.__code__, g.gi_code.co_name)
print(next(g), g.gi_suspended)
print(list(g), g.gi_frame, g.gi_suspended, g.gi_code.co_name)
def watcher():
    yield w.gi_running
w = watcher()
print(next(w))
