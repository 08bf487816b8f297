# An uncaught KeyboardInterrupt prints its traceback and ends with status 130, as python3 does
print('working')
raise KeyboardInterrupt
