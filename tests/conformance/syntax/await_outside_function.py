# An await outside any function: compile.c refuses it before anything runs.
result = await compute()
