# more than 15 sub-exceptions: the 16th box says how many more there are
raise ExceptionGroup("wide", [ValueError(i) for i in range(18)])
