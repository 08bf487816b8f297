for i in x:
# comment
i
