a = '''abc

more
