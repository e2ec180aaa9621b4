"""What a run leaves for the tools QA teams already use: Cucumber Messages, Cucumber JSON, JUnit."""
