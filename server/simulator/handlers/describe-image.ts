import type { Handler } from '../handler';
import type { ImageRow } from '../references';
import { pagedQuery, Where } from '../store/paged-query';

/** Base images are shared by every tenant; custom images are their owner's (all of them for an admin). */
export const describeImage: Handler<'DescribeImage'> = ({ db, params, companyId }) => {
  const where = new Where().add('(region IS NULL OR region = ?)', params.Region);
  if (companyId !== undefined) where.add('(company_id IS NULL OR company_id = ?)', companyId);
  where
    .eqIf('image_type', params.ImageType)
    .inIf('image_id', params.ImageIDs)
    .likeIf(['name', 'image_id', 'os_name'], params.Keyword);
  const { total, rows } = pagedQuery<ImageRow>(db, {
    select: '*',
    from: 'images',
    where,
    orderBy: "image_type = 'Custom', created_at, image_id",
    offset: params.Offset,
    limit: params.Limit,
  });
  const Infos = rows.map((r) => ({
    ImageID: r.image_id,
    Name: r.name,
    ImageType: r.image_type,
    OSType: r.os_type,
    OSName: r.os_name,
    OSDistribution: r.os_distribution,
    SetArch: r.set_arch,
    ImageSize: r.image_size,
    ImageStatus: r.image_status,
  }));
  return { TotalCount: total, Infos };
};
