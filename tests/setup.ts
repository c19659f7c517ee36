import { configure } from '@testing-library/react';

// CI machines are slower than a developer's and run two test workers on two cores: give
// `findBy…` and `waitFor` time for lazy chunks and file reading, as a person would wait.
configure({ asyncUtilTimeout: 5000 });
