# --- capacity: bucket quotas and the cluster's size, from the capacity model ------------------
#
# The figures come from bench/capacity.py (measured per-core rates × the national volumes,
# docs/capacity.md), never typed by hand:
#
#   .venv/bin/python -m bench.capacity --tfvars infra/terraform/capacity.auto.tfvars.json
#
# A bucket quota holds `plan_years` of growth with headroom: it stops a runaway writer (a loop
# re-ingesting a registry) before it fills the cloud's budget; 0 means no quota. The cluster
# figures are outputs for whoever sizes Spark (this module creates no compute).

variable "bucket_max_size_gb" {
  description = "Quota per bucket (restricted, lake, releases) in GiB; a missing zone has none."
  type        = map(number)
  default     = {}

  validation {
    condition     = alltrue([for zone in keys(var.bucket_max_size_gb) : contains(["restricted", "lake", "releases"], zone)])
    error_message = "bucket_max_size_gb keys are restricted, lake and releases."
  }
}

variable "spark_cores" {
  description = "Cores the capacity model asks for (all stages, busiest day, in the window)."
  type        = number
  default     = null
}

variable "spark_memory_gb" {
  description = "Memory the capacity model asks for, GiB."
  type        = number
  default     = null
}

locals {
  bucket_max_size_bytes = {
    for zone in ["restricted", "lake", "releases"] : zone => floor(lookup(var.bucket_max_size_gb, zone, 0) * 1073741824)
  }
}

output "capacity" {
  description = "The capacity model's figures this module was applied with."
  value = {
    spark_cores           = var.spark_cores
    spark_memory_gb       = var.spark_memory_gb
    bucket_max_size_bytes = local.bucket_max_size_bytes
  }
}
