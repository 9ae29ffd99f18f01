namespace CourseKit.Runner;
