# The builtin exception classes beyond the common ones: their bases, reprs, OSError's [Errno n] strings, the IOError alias
classes = [SystemError, EOFError, FloatingPointError, BufferError, StopAsyncIteration, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, PendingDeprecationWarning, SyntaxWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__], repr(cls("message")), str(cls("a", 1)))
print(IOError is OSError, EnvironmentError is OSError)
print(str(FileNotFoundError(2, "No such file", "f.txt")), str(PermissionError(13, "denied", "a", None, "b")), str(OSError(5, "I/O")), str(OSError(1, "x", None)))
try:
    raise FileNotFoundError("settings.toml")
except OSError as error:
    print(type(error).__name__, error)
try:
    raise SystemError("outer")
except Exception as error:
    print(repr(error))
