import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { postSignIn } from './sign-in-request';
import { safeNext } from './safe-next';

/**
 * Signs in with a key pair or a demo account, then goes back to `next`. Everything cached before
 * belongs to no one now (or to another account): it is dropped, and ['me'] is set from the answer
 * so the session gate lets the user through without asking again.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return useMutation({
    mutationFn: postSignIn,
    onSuccess: (me) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth' });
      queryClient.setQueryData(['me'], me);
      navigate(safeNext(params.get('next')), { replace: true });
    },
  });
}
