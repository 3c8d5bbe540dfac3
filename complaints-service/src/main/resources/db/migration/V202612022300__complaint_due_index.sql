-- Complaints by due time alone: the regulator's compliance lists the operators with a complaint due in the period
-- (ComplaintStatisticsRepository.operators); complaint_operator_due leads with the operator and complaint_open_due
-- holds open complaints only, so without this index that part read every complaint ever stored.
CREATE INDEX complaint_due ON complaint (response_due_at);
