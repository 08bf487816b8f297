# An uncaught SystemExit whose code's __str__ raises: handle_system_exit clears the error and writes only the newline, status 1; the code object is freed afterwards.
class Code:
    def __str__(self):
        raise ValueError("no text")
    def __del__(self):
        print("code freed")
print("before")
raise SystemExit(Code())
