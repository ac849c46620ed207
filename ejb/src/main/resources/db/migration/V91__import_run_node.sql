-- The cluster node whose batch runtime runs an import (jboss.node.name). A node starting up marks
-- only its own runs (and runs of unknown node, from before) as interrupted, never a run another node
-- of the cluster is working on.
alter table import_run add column node varchar(100);
