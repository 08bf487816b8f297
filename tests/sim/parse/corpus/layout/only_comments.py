# nothing here
# really
