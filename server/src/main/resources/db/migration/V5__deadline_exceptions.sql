-- An administrator's exception to a deadline: the program's values of one unit for one period may
-- be entered again until the day named, for the reason given (the audit keeps who and when).
CREATE TABLE deadline_exceptions (
    program    VARCHAR(60)   NOT NULL,
    unit_code  VARCHAR(10)   NOT NULL,
    period     VARCHAR(20)   NOT NULL,
    open_until DATE          NOT NULL,
    reason     VARCHAR(2000) NOT NULL,
    granted_by VARCHAR(100)  NOT NULL,
    granted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (program, unit_code, period)
);
